# The session engine: timeline, cue plan, clock, and the player a session screen draws from.
# Included from core/CMakeLists.txt, so CMAKE_CURRENT_LIST_DIR is this folder.
target_sources(limber_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Clock.h
    ${CMAKE_CURRENT_LIST_DIR}/Cue.h
    ${CMAKE_CURRENT_LIST_DIR}/CuePlan.cpp ${CMAKE_CURRENT_LIST_DIR}/CuePlan.h
    ${CMAKE_CURRENT_LIST_DIR}/CueText.cpp ${CMAKE_CURRENT_LIST_DIR}/CueText.h
    ${CMAKE_CURRENT_LIST_DIR}/CueTones.h
    ${CMAKE_CURRENT_LIST_DIR}/ExerciseOutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionEngine.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionEngine.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionExercise.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionFrame.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionFrame.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionPlayer.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionPlayer.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionScreenWords.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionSummaryText.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionSummaryText.h
    ${CMAKE_CURRENT_LIST_DIR}/SteadyClock.cpp ${CMAKE_CURRENT_LIST_DIR}/SteadyClock.h
    ${CMAKE_CURRENT_LIST_DIR}/Step.h
    ${CMAKE_CURRENT_LIST_DIR}/StepKind.cpp ${CMAKE_CURRENT_LIST_DIR}/StepKind.h
    ${CMAKE_CURRENT_LIST_DIR}/StepPhase.h
    ${CMAKE_CURRENT_LIST_DIR}/Timeline.cpp ${CMAKE_CURRENT_LIST_DIR}/Timeline.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/TimelineBuilder.h
)
