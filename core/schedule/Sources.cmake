# Reminder schedules: rules, the planner, the service that waits, the schedule file and the
# words for a rule. Included from core/CMakeLists.txt, so CMAKE_CURRENT_LIST_DIR is this folder.
target_sources(limber_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/QtWakeUpTimer.cpp ${CMAKE_CURRENT_LIST_DIR}/QtWakeUpTimer.h
    ${CMAKE_CURRENT_LIST_DIR}/Reminder.h
    ${CMAKE_CURRENT_LIST_DIR}/ReminderPlanner.cpp ${CMAKE_CURRENT_LIST_DIR}/ReminderPlanner.h
    ${CMAKE_CURRENT_LIST_DIR}/ReminderRule.cpp ${CMAKE_CURRENT_LIST_DIR}/ReminderRule.h
    ${CMAKE_CURRENT_LIST_DIR}/ReminderService.cpp ${CMAKE_CURRENT_LIST_DIR}/ReminderService.h
    ${CMAKE_CURRENT_LIST_DIR}/ReminderText.cpp ${CMAKE_CURRENT_LIST_DIR}/ReminderText.h
    ${CMAKE_CURRENT_LIST_DIR}/ReminderTarget.cpp ${CMAKE_CURRENT_LIST_DIR}/ReminderTarget.h
    ${CMAKE_CURRENT_LIST_DIR}/Schedule.cpp ${CMAKE_CURRENT_LIST_DIR}/Schedule.h
    ${CMAKE_CURRENT_LIST_DIR}/ScheduleFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/ScheduleFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/ScheduleStore.cpp ${CMAKE_CURRENT_LIST_DIR}/ScheduleStore.h
    ${CMAKE_CURRENT_LIST_DIR}/SystemWallClock.cpp ${CMAKE_CURRENT_LIST_DIR}/SystemWallClock.h
    ${CMAKE_CURRENT_LIST_DIR}/TypedTime.cpp ${CMAKE_CURRENT_LIST_DIR}/TypedTime.h
    ${CMAKE_CURRENT_LIST_DIR}/WakeUpTimer.h
    ${CMAKE_CURRENT_LIST_DIR}/WallClock.h
    ${CMAKE_CURRENT_LIST_DIR}/Weekdays.cpp ${CMAKE_CURRENT_LIST_DIR}/Weekdays.h
)
