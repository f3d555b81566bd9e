/**
 * The {@code newsgraph} command line (picocli): one class per subcommand, each turning its options into
 * calls on the library. Exit codes: 0 all good, 1 some input failed, 2 usage error.
 */
package org.newsgraph.cli;
