/**
 * The share of each property's runs the server targets take: a request to the server goes over
 * loopback HTTP into SQL, and a fixture is rebuilt through the API rather than restored in memory,
 * so a full run would take minutes. With the suite's fixed seed these are the mock's first cases.
 */
export const SERVER_RUN_SHARE = 0.05;
