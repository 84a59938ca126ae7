# aio_bench: Google Benchmark programs from bench/aio/*.cpp (native only; figures, not tests).

find_package(benchmark CONFIG QUIET)
file(GLOB LOOPSCOPE_BENCH_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/bench/aio/*.cpp")
if(benchmark_FOUND AND LOOPSCOPE_BENCH_SOURCES)
  add_executable(aio_bench ${LOOPSCOPE_BENCH_SOURCES})
  target_link_libraries(aio_bench PRIVATE loopscope_aio benchmark::benchmark_main)
elseif(LOOPSCOPE_BENCH_SOURCES)
  message(STATUS "aio_bench: Google Benchmark not found (apt-get install libbenchmark-dev), skipped")
endif()
