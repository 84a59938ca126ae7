students = [("김철수", 85, 90), ("Lee", 72, 88), ("Park Ji", 95, 100)]
print(f"{'Name':<10}{'Math':>6}{'Eng':>6}{'Avg':>8}")
print("-" * 30)
for name, math_score, eng in students:
    avg = (math_score + eng) / 2
    print(f"{name:<10}{math_score:>6}{eng:>6}{avg:>8.2f}")
