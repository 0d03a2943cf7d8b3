// A local People API server that behaves like DocSpace.
