"""Helpers of the JupyterHub end-to-end test: local accounts, the hub process, HTTP clients."""
