"""Publications through SOP steps 5-7: compose and submit, review (what changed between versions),
approve or return, publish (PDF and internet package together), and the distribution register."""
