# %G %V and their companions; directives CPython's strptime doesn't know.
from datetime import datetime
for t, f in [('2024 10 3', '%G %V %u'), ('2024 10 Wed', '%G %V %a'), ('2024 10', '%G %V'), ('2024 3', '%G %u'), ('10 3', '%V %u'), ('2024 10 3', '%Y %V %u'), ('2024 10 3 5', '%G %V %u %j'), ('2020 53 7', '%G %V %u'), ('2021 53 7', '%G %V %u'), ('2024 01 1', '%G %V %w'), ('2024 00 1', '%G %V %u'), ('2024 10 3 2020', '%G %V %u %Y'), ('2024 10', '%Y %V'), ('2024', '%G'), ('x', '%D'), ('x','%T'), ('x', '%F'), ('x', '%R'), ('aug', '%h'), ('2019 1 1', '%G %V %u'), ('2026 1 1', '%G %V %u')]:
    try: print(t, f, repr(datetime.strptime(t, f)))
    except ValueError as e: print(t, f, 'VE:', e)
