# Cue output: the interface the audio library implements, and the cue settings. Included from
# core/CMakeLists.txt, so CMAKE_CURRENT_LIST_DIR is this folder.
target_sources(limber_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CueOutput.h
    ${CMAKE_CURRENT_LIST_DIR}/CueOutputNull.h
    ${CMAKE_CURRENT_LIST_DIR}/CueSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/CueSettings.h
)
