/**
 * Which of `partitions` partitions a stream belongs to: FNV-1a over the stream id's UTF-8 bytes. Every
 * instance computes the same answer, and one stream always lands in one partition, so per-stream order holds
 * while partitions are consumed in parallel.
 */
export function partitionOf(streamId: string, partitions: number): number {
  if (partitions <= 1) return 0;
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(streamId, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % partitions;
}
