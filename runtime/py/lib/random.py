"""random: CPython's Mersenne Twister (native, in _random: random.seed(n) gives CPython's
numbers) and the functions written over it here, drawing in CPython's order so that a seeded
program prints what CPython prints."""

import math as _math
from bisect import bisect_right as _bisect_right
from _random import (random, randint, randrange, choice, shuffle, uniform, sample,
                     seed as _native_seed, _getrandbits32)

__all__ = ['seed', 'random', 'randint', 'randrange', 'choice', 'choices', 'shuffle', 'uniform',
           'sample', 'getrandbits', 'randbytes', 'gauss', 'normalvariate', 'lognormvariate',
           'expovariate', 'triangular', 'vonmisesvariate', 'paretovariate', 'weibullvariate',
           'betavariate', 'gammavariate']

_TWO_PI = 2.0 * _math.pi
_NORMAL_MAGIC = 4 * _math.exp(-0.5) / _math.sqrt(2.0)   # Kinderman and Monahan's constant
_LOG4 = _math.log(4.0)
_SG_MAGIC = 1.0 + _math.log(4.5)

# gauss() draws its values in pairs: the second one waits here for the next call.
_gauss_spare = None


def seed(a=None, version=2):
    global _gauss_spare
    _native_seed(a)
    _gauss_spare = None


def getrandbits(k):
    """An int of k random bits: 32-bit draws fill it from the low end, the last one shifted."""
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    value, shift = 0, 0
    while k > 0:
        width = 32 if k >= 32 else k
        value |= _getrandbits32(width) << shift
        shift += 32
        k -= 32
    return value


def randbytes(n):
    return getrandbits(n * 8).to_bytes(n, 'little')


def choices(population, weights=None, *, cum_weights=None, k=1):
    """k picks from population, with replacement, optionally weighted."""
    n = len(population)
    if cum_weights is None and weights is None:
        size = float(n)
        return [population[_math.floor(random() * size)] for _ in range(k)]
    if cum_weights is None:
        try:
            cum_weights, running = [], 0
            for w in weights:
                running = w if not cum_weights else running + w
                cum_weights.append(running)
        except TypeError:
            if isinstance(weights, int):
                raise TypeError(f'The number of choices must be a keyword argument: k={weights}') from None
            raise
    elif weights is not None:
        raise TypeError('Cannot specify both weights and cumulative weights')
    if len(cum_weights) != n:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    if not _math.isfinite(total):
        raise ValueError('Total of weights must be finite')
    last = n - 1
    return [population[_bisect_right(cum_weights, random() * total, 0, last)] for _ in range(k)]


def gauss(mu=0.0, sigma=1.0):
    """Box-Muller: one pair of draws gives two values; the second is kept for the next call."""
    global _gauss_spare
    z, _gauss_spare = _gauss_spare, None
    if z is None:
        angle = random() * _TWO_PI
        radius = _math.sqrt(-2.0 * _math.log(1.0 - random()))
        z = _math.cos(angle) * radius
        _gauss_spare = _math.sin(angle) * radius
    return mu + z * sigma


def normalvariate(mu=0.0, sigma=1.0):
    """Kinderman and Monahan's ratio-of-uniforms method."""
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = _NORMAL_MAGIC * (u1 - 0.5) / u2
        if z * z / 4.0 <= -_math.log(u2):
            return mu + z * sigma


def lognormvariate(mu, sigma):
    return _math.exp(normalvariate(mu, sigma))


def expovariate(lambd):
    return -_math.log(1.0 - random()) / lambd


def triangular(low=0.0, high=1.0, mode=None):
    u = random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u, c, low, high = 1.0 - u, 1.0 - c, high, low
    return low + (high - low) * _math.sqrt(u * c)


def vonmisesvariate(mu, kappa):
    if kappa <= 1e-6:
        return _TWO_PI * random()
    s = 0.5 / kappa
    r = s + _math.sqrt(1.0 + s * s)
    while True:
        z = _math.cos(_math.pi * random())
        d = z / (r + z)
        u2 = random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    if random() > 0.5:
        return (mu + _math.acos(f)) % _TWO_PI
    return (mu - _math.acos(f)) % _TWO_PI


def gammavariate(alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError('gammavariate: alpha and beta must be > 0.0')
    if alpha > 1.0:
        # Cheng's rejection algorithm GB.
        ainv = _math.sqrt(2.0 * alpha - 1.0)
        bbb = alpha - _LOG4
        ccc = alpha + ainv
        while True:
            u1 = random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - random()
            v = _math.log(u1 / (1.0 - u1)) / ainv
            x = alpha * _math.exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + _SG_MAGIC - 4.5 * z >= 0.0 or r >= _math.log(z):
                return x * beta
    if alpha == 1.0:
        return -_math.log(1.0 - random()) * beta
    # alpha < 1: Ahrens and Dieter's algorithm GS.
    while True:
        u = random()
        b = (_math.e + alpha) / _math.e
        p = b * u
        if p <= 1.0:
            x = p ** (1.0 / alpha)
        else:
            x = -_math.log((b - p) / alpha)
        u1 = random()
        if p > 1.0:
            if u1 <= x ** (alpha - 1.0):
                break
        elif u1 <= _math.exp(-x):
            break
    return x * beta


def betavariate(alpha, beta):
    y = gammavariate(alpha, 1.0)
    if y:
        return y / (y + gammavariate(beta, 1.0))
    return 0.0


def paretovariate(alpha):
    return 1.0 / (1.0 - random()) ** (1.0 / alpha)


def weibullvariate(alpha, beta):
    return alpha * (-_math.log(1.0 - random())) ** (1.0 / beta)
