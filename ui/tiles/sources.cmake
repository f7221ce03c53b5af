# Sources of ui/tiles, added to homewire_ui by ui/CMakeLists.txt.
set(HOMEWIRE_UI_TILES_SOURCES
    binarysensortile.cpp binarysensortile.h
    entitytile.cpp entitytile.h
    lighttile.cpp lighttile.h
    sensortile.cpp sensortile.h
    sparkline.cpp sparkline.h
    switchtile.cpp switchtile.h
    tileicons.cpp tileicons.h
    tiletext.cpp tiletext.h
    toggleswitch.cpp toggleswitch.h
)
