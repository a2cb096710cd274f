/** Commands by name; a first argument that is none of these is taken as `sim <it>`. */
export const COMMANDS = ['sim', 'compare', 'failures', 'claims', 'generate', 'export', 'import', 'templates', 'help'] as const;

export const USAGE = `IOV Planner — simulate I/O virtualization designs from the command line.

Usage: npm run -s sim -- <command> [options]

Commands:
  sim <template-id | design.json>    results per IOV mode: per-VM bandwidth and latency, VMs per
                                     server, cost, power, ports, fallbacks, bottlenecks, findings
                                     (the word "sim" may be left out)
  compare <a> <b>                    B against A per mode, with the seed's Table 3 regenerated
  failures <template-id | design.json>
                                     n−1: fail each switch, gateway and storage member, one server's
                                     adapter and one cable of each link in turn; VMs cut off, bandwidth
                                     change, and the verdict "survives any single failure" (one --mode);
                                     --jobs N: on N worker threads, 1…64 (default: cores − 1, or 1
                                     for a small design; 1 runs in this process), the same output
                                     whatever N
  claims [--era 2007|modern]         the seed whitepaper’s claims C1–C14, or today’s M1–M9 with their
                                     sources, measured (exit 1 if any fails)
  generate --servers N --vms V       print a right-sized design (the app's sizing wizard): fat-tree
                                     leaves and spines, gateways and storage for the demand
  export <template-id | design.json> --format F [--out FILE]
                                     the file the app's Export menu writes (same scene, writers and
                                     font); without --out, the app's file name in this directory.
                                     F: png svg pdf bom cabling drawio (the app's), clab (containerlab),
                                     graphml (yEd), ibnet (ibnetdiscover-style), devicemap (for import)
  import <sheet.csv | cables.csv> --map devices.json | --like <template-id | design.json>
         [--devices devices.csv] [--out design.json]
                                     a point-to-point cabling sheet (or NetBox's cables CSV, with its
                                     devices CSV) in as a design: the device map says which part each
                                     device is (docs/formats.md)
  templates                          list the built-in template ids
  help                               this text

Options:
  --mode software|native|passthrough|offload|all
                                           modes to simulate; a comma list works too (default: all)
  --saturate                               also capability: per flow kind, what each VM could get pushing
                                           that kind, the others at their demand (the app's Capability)
  --json                                   one JSON object on stdout (sim, compare, failures, claims, templates)
  --csv                                    CSV with raw numbers (sim, compare)

Options of generate:
  --fabric gige-fc|infiniband|infiniband-native-storage|modern   (default: infiniband; modern era: modern)
  --era 2007|modern                        seed-era or current parts (default: 2007)
  --ha                                     two adapters per server on separate switches, paired gateways
  --oversubscription 1|2|3                 leaf downlinks per uplink (default: 1, non-blocking)
  --mode software|native|passthrough|offload
                                           IOV mode the host side is sized for (default: the best the adapters do)
  --lan-gbps Gb/s  --san MB/s  --ipc-gbps Gb/s
                                           demand per VM: LAN, SAN, server-to-server (defaults: the
                                           era's typical VM; 2007: 0.015 Gb/s, 2 MB/s, 0.3 Gb/s)
  --cpu GHz  --memory GB                   per VM, for VMs per server
  --server ID  --switch ID                 catalog parts instead of the era's defaults
  --explain                                print why these counts instead of the design

Options of export:
  --mode software|native|passthrough       the mode the BOM totals, cable loads and proposal lead with
  --baseline <template-id | design.json>   pdf: the proposal's comparison with a baseline design
  --scale 1|2  --background white|transparent    png and svg (default: 1, white)
  --text real|outlines                     svg: editable <text> (default) or glyph outlines (exact look)
  --prepared-for TEXT  --prepared-by TEXT  pdf: the title page
  --kinds CLASS=KIND[@IMAGE],…             clab: lab node kind per part class (server, switch, gateway,
                                           storage, network); default linux@alpine:3.20, network bridge
  --full                                   clab: every server even when the design is too large for a lab
  Dates written into files come from SOURCE_DATE_EPOCH (seconds) when it is set.

Examples:
  npm run -s sim -- seed-ib-software
  npm run -s sim -- my-design.json --mode native --json
  npm run -s sim -- compare seed-baseline-gige-fc seed-ib-software
  npm run -s sim -- failures seed-ib-software-ha --json
  npm run -s sim -- failures big.json --jobs 2
  npm run -s sim -- generate --servers 1000 --vms 10 > big.json
  npm run -s sim -- generate --servers 1000 --vms 16 --ha --explain
  npm run -s sim -- export seed-ib-software --format pdf --baseline seed-baseline-gige-fc --out proposal.pdf
  npm run -s sim -- generate --servers 256 --vms 32 --era modern --fabric modern --oversubscription 2

Exit status: 0 ok; 1 bad input, a design too large to simulate, or a failed claim; 2 bad usage;
3 the design was simulated and its numbers printed, but it has errors (slot or port overflow,
protocol mismatch, VMs with no path): it cannot be built as drawn; 130 stopped by Ctrl-C.
`;
