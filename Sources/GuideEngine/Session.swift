// The interpreter; see Session.
