print("start")
await something()
