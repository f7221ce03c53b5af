# Sources of ui/inspector, added to homewire_ui by ui/CMakeLists.txt.
set(HOMEWIRE_UI_INSPECTOR_SOURCES
    backgrounddecoder.cpp backgrounddecoder.h
    diffmodel.cpp diffmodel.h
    diffview.cpp diffview.h
    hexview.cpp hexview.h
    historymodel.cpp historymodel.h
    jsonpage.cpp jsonpage.h
    jsontreemodel.cpp jsontreemodel.h
    palettecolors.cpp palettecolors.h
    payloadtextview.cpp payloadtextview.h
    plotview.cpp plotview.h
    publishpanel.cpp publishpanel.h
    sentmessagemodel.cpp sentmessagemodel.h
    statuspage.cpp statuspage.h
    topicinspector.cpp topicinspector.h
)
