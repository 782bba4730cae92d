/*
 * Writes the recorded SLI data as OpenMetrics to the file named by the first
 * argument (scripts/test-prometheus.sh loads it into a Prometheus).
 */
import { writeFileSync } from 'node:fs';
import { recordingAsOpenMetrics } from './sliRecording';

const [file] = process.argv.slice(2);
if (!file) {
  throw new Error('usage: writeSliRecording <file.om>');
}
writeFileSync(file, recordingAsOpenMetrics());
