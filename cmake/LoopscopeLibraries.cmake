# The runtime libraries. Sources are globbed: other engineers add files without touching CMake.

# Defines NAME from DIR/*.cpp: a static library, or an interface library while DIR has only
# headers (or nothing yet). Includes resolve from runtime/ ("aio/loop.hpp").
function(loopscope_library name dir)
  file(GLOB sources CONFIGURE_DEPENDS "${dir}/*.cpp")
  if(sources)
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/runtime")
    target_link_libraries(${name} PUBLIC loopscope_options ${ARGN})
  else()
    add_library(${name} INTERFACE)
    target_include_directories(${name} INTERFACE "${PROJECT_SOURCE_DIR}/runtime")
    target_link_libraries(${name} INTERFACE loopscope_options ${ARGN})
  endif()
endfunction()

loopscope_library(loopscope_aio "${PROJECT_SOURCE_DIR}/runtime/aio")
loopscope_library(loopscope_py "${PROJECT_SOURCE_DIR}/runtime/py" loopscope_aio)
