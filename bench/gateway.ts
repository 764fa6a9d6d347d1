/** Benchmark section; prints its figures and its comparison with a baseline measured in the same run. */
export async function run(): Promise<void> {
  console.log('(gateway: no benchmark yet)');
}
