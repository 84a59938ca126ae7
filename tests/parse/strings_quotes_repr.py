values = [
    'plain',
    "it's",
    'say "hi"',
    "both ' and \"",
    '\\backslash\\',
    'tab\tnew\nret\r',
    '\x7f\x80\x9f\xa0\xa1',
    '\ud800' if False else 'surrogate-free',
    'ascii ~ { } [ ] | ` ^',
    "\U0001f600\U0001F4A9",
    "\u0300combining",
    "\ue000private",
    "\U000e0001tag",
    "\u061c",
    "zero\x00byte",
]
raw = [r'\'', r"\"", r'a\b', R'C:\path\to']
