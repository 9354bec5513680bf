"""SOP timing: work recorded as it happens (start, pause, resume), the activity log read for people
with each entry's time against the standard, and the tables of the timing report and control sheet."""
