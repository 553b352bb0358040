# Reports: a session's timeline, the upcoming reminders and the JSON the command line prints.
# Included from core/CMakeLists.txt, so CMAKE_CURRENT_LIST_DIR is this folder.
target_sources(limber_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/JsonReport.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonReport.h
    ${CMAKE_CURRENT_LIST_DIR}/ReminderReport.cpp ${CMAKE_CURRENT_LIST_DIR}/ReminderReport.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineReport.cpp ${CMAKE_CURRENT_LIST_DIR}/TimelineReport.h
)
