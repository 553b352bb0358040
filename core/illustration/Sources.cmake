# The illustration model: poses, the views they are seen from, and the pose file's format.
target_sources(limber_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Camera.cpp ${CMAKE_CURRENT_LIST_DIR}/Camera.h
    ${CMAKE_CURRENT_LIST_DIR}/IllustrationFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/IllustrationFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/IllustrationSet.cpp ${CMAKE_CURRENT_LIST_DIR}/IllustrationSet.h
    ${CMAKE_CURRENT_LIST_DIR}/IllustrationSpec.cpp ${CMAKE_CURRENT_LIST_DIR}/IllustrationSpec.h
    ${CMAKE_CURRENT_LIST_DIR}/Joint.cpp ${CMAKE_CURRENT_LIST_DIR}/Joint.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyPosition.h
    ${CMAKE_CURRENT_LIST_DIR}/MotionArrow.h
    ${CMAKE_CURRENT_LIST_DIR}/Point3.h
    ${CMAKE_CURRENT_LIST_DIR}/Pose.cpp ${CMAKE_CURRENT_LIST_DIR}/Pose.h
    ${CMAKE_CURRENT_LIST_DIR}/PoseInterpolation.cpp ${CMAKE_CURRENT_LIST_DIR}/PoseInterpolation.h
    ${CMAKE_CURRENT_LIST_DIR}/Prop.cpp ${CMAKE_CURRENT_LIST_DIR}/Prop.h
)
