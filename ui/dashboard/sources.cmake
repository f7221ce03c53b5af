# Sources of ui/dashboard, added to homewire_ui by ui/CMakeLists.txt.
set(HOMEWIRE_UI_DASHBOARD_SOURCES
    adddevicedialog.cpp adddevicedialog.h
    badgebutton.cpp badgebutton.h
    brokerdialog.cpp brokerdialog.h
    connectionindicator.cpp connectionindicator.h
    dashboardpage.cpp dashboardpage.h
    dragpayload.cpp dragpayload.h
    flowlayout.cpp flowlayout.h
    newdevicespanel.cpp newdevicespanel.h
    roomlist.cpp roomlist.h
    roomnamedialog.cpp roomnamedialog.h
    roomsection.cpp roomsection.h
    tonelabel.cpp tonelabel.h
    topicproblem.cpp topicproblem.h
)
