# A match statement over awaited results inside a coroutine.
import asyncio


async def fetch(kind):
    await asyncio.sleep(0)
    return {"ok": ("ok", 200), "moved": ("redirect", 301, "/new"), "bad": ("error", "boom")}[kind]


async def main():
    for kind in ["ok", "moved", "bad"]:
        match await fetch(kind):
            case ("ok", code):
                print("success", code)
            case ("redirect", code, where):
                print("redirect", code, "to", where)
            case ("error", msg):
                print("error:", msg)


asyncio.run(main())
