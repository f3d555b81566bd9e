/**
 * Runs the stages for one article (NLP, extraction, linking) and writes the results in the JSON Lines
 * prediction format. {@link org.newsgraph.pipeline.Pipeline} is thread-safe and is built once per run.
 */
package org.newsgraph.pipeline;
