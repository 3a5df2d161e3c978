"""Templates of the generated clients; a package so that the manifest hashes them as inputs of the clients."""
