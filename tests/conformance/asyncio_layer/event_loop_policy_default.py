import asyncio
p = asyncio.get_event_loop_policy()
print(type(p).__name__, [c.__name__ for c in type(p).__mro__], asyncio.DefaultEventLoopPolicy.__name__)
print(p is asyncio.get_event_loop_policy(), isinstance(p, asyncio.AbstractEventLoopPolicy))
try:
    asyncio.set_event_loop_policy(1)
except TypeError as e:
    print(type(e).__name__, e)
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
print(p is asyncio.get_event_loop_policy())
loop = asyncio.get_event_loop_policy().new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'ran')))
loop.close()
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
async def main():
    return 'main'
print(asyncio.run(main()))
