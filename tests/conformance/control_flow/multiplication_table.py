for i in range(2, 10):
    line = ""
    for j in range(1, 10):
        line += f"{i}x{j}={i * j:2d} "
    print(line.rstrip())
