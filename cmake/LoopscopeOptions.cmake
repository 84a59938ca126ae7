# Flags shared by every target of the project.

# No C++ exceptions anywhere (DESIGN.md decision 4). Set for the whole tree, GoogleTest
# included, so its headers and its library agree on GTEST_HAS_EXCEPTIONS.
add_compile_options(-fno-exceptions)

if(EMSCRIPTEN AND LOOPSCOPE_WASM_THREADS)
  # Every object of a shared-memory wasm module must be built with atomics.
  add_compile_options(-pthread)
  add_link_options(-pthread)
endif()

add_library(loopscope_options INTERFACE)
target_compile_features(loopscope_options INTERFACE cxx_std_20)
target_compile_options(loopscope_options INTERFACE -Wall -Wextra)

if(EMSCRIPTEN)
  # em++ 3.1.6 only has <experimental/coroutine> (TOOLCHAIN.md).
  target_compile_options(loopscope_options INTERFACE -Wno-deprecated-experimental-coroutine)
else()
  find_package(Threads REQUIRED)
  target_link_libraries(loopscope_options INTERFACE Threads::Threads)
endif()
