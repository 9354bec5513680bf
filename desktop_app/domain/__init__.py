"""Plain-Python rules of the procedure: steps, roles, states, checks, table and chart specs."""
