# Sources of ui/explorer, added to homewire_ui by ui/CMakeLists.txt.
set(HOMEWIRE_UI_EXPLORER_SOURCES
    topicfilterproxy.cpp topicfilterproxy.h
    topictreedelegate.cpp topictreedelegate.h
    topictreemodel.cpp topictreemodel.h
    topictreeview.cpp topictreeview.h
)
