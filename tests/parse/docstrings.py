"""Module docstring.

With several lines.
"""


def f():
    """Function docstring."""
    return 1


class C:
    '''Class docstring with 'quotes'.'''

    def m(self):
        r"""Raw docstring with \n."""
        "not a docstring, just an expression"
        return 2


async def g():
    """Async docstring."""
    b"bytes expression"
