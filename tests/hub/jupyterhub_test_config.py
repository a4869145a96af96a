"""The shipped deploy/jupyterhub configuration, changed only where a test must differ.

- DummyAuthenticator instead of PAM: the test's accounts have no password. Only the listed
  accounts may log in, and the hub listens on 127.0.0.1 only.
- Ports chosen by the test (several runs may share the machine), and longer start timeouts for
  a busy machine.
- A service whose token (``COURSE_HUB_TEST_TOKEN``) lets the test start servers and issue each
  user a token, so it can act as that user over HTTP.
"""

import os

c = get_config()  # noqa: F821  (injected by traitlets)
load_subconfig(os.environ["COURSE_HUB_CONFIG"])  # noqa: F821

c.JupyterHub.authenticator_class = "dummy"
c.JupyterHub.bind_url = f"http://127.0.0.1:{os.environ['COURSE_HUB_PORT']}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{os.environ['COURSE_HUB_API_PORT']}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ['COURSE_HUB_PROXY_PORT']}"
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.services = [{"name": "e2e-driver", "api_token": os.environ["COURSE_HUB_TEST_TOKEN"]}]
c.JupyterHub.load_roles = [
    {
        "name": "e2e-driver",
        "scopes": ["admin:users", "admin:servers", "tokens", "access:servers"],
        "services": ["e2e-driver"],
    }
]
