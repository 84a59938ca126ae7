import asyncio
results = awt asyncio.gather(*
