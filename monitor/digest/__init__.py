"""The morning digest: the day's hits by topic, spikes, failing feeds; composed in compose.py, sent in send.py."""
