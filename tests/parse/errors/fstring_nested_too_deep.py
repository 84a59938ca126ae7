print(f"{x:{y:{z}}}")
