# Float arithmetic in a loop: a numeric integration and a damped oscillator.
def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def oscillate(steps):
    x, v = 1.0, 0.0
    dt = 0.001
    for _ in range(steps):
        a = -x - 0.01 * v
        v += a * dt
        x += v * dt
    return x, v


pi = integrate(2_400_000)
x, v = oscillate(1_200_000)
print(round(pi, 9), round(x, 9), round(v, 9))
