"""The Python half of how an event loop finalises async generators (the native loop calls these):
loop.shutdown_asyncgens() closes the ones still suspended, and one that dies unfinished is
closed by a task (CPython's BaseEventLoop._asyncgen_finalizer_hook)."""

from _asyncio_tasks import gather


async def shutdown(loop, agens):
    if not agens:
        return
    results = await gather(*[ag.aclose() for ag in agens], return_exceptions=True)
    for result, agen in zip(results, agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


async def _aclose(agen):
    await agen.aclose()


def finalize(loop, agen):
    if not loop.is_closed():
        loop.call_soon(loop.create_task, _aclose(agen))


async def shutdown_default_executor(loop, _):
    # The default executor's threads are joined (_asyncio_executor; nothing when none was made).
    import _asyncio_executor
    await _asyncio_executor.shutdown_default_executor(loop)
