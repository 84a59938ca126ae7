# The exception object set on a future is the one raised to every awaiter, with args intact.
import asyncio


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    err = AppError(404, "missing")
    f.set_exception(err)
    for _ in range(2):
        try:
            await f
        except AppError as e:
            print(e is err, e.code, e.args, str(e))


asyncio.run(main())
