/**
 * "About the model": what the numbers mean and where the model departs from the whitepaper, shown in
 * the app and printed by the CLI. Plain text (no markup), one note per entry.
 */
export interface ModelNote {
  title: string;
  text: string;
}

export const MODEL_NOTES: readonly ModelNote[] = [
  {
    title: 'A flow-level model',
    text: 'Each VM has a LAN, a SAN and a server-to-server flow. Flows are routed over the shortest path (equal paths are spread as ECMP does) and share every capacity — cables, PCIe bus, the hypervisor’s virtual switch, gateways, storage — by weighted max-min fairness. It is not a packet simulator: it answers “what does each VM get” in milliseconds.',
  },
  {
    title: 'Software IOV is CPU-bound',
    text: 'In software IOV every byte crosses the hypervisor’s virtual switch, which runs on one core per uplink: its throughput is that core’s GHz divided by the GHz it spends per Gb/s. With a 2007 core this gives 3–4 × GigE for an InfiniBand HCA (the whitepaper’s Table 1).',
  },
  {
    title: 'Today’s servers: four modes',
    text: 'On current servers the virtual switch is today’s: the multi-queue kernel datapath (vhost-net / OVS kernel, 4 queues per uplink at 0.25 GHz per Gb/s: ≈ 45 Gb/s per port on a 2.8 GHz server), or OVS-DPDK, whose poll-mode cores are taken away from the VMs. A fourth mode, offloaded virtio (vDPA, or a DPU such as BlueField-3 hosting the switch), keeps the standard virtio driver in the guest and live migration while the adapter carries the datapath at line rate. Adapters list the modes they run; VMs beyond a part’s virtual functions or offloaded devices are an error. Files saved before this model keep the 2007 switch (Design settings › Virtual switch).',
  },
  {
    title: 'Where the whitepaper contradicts itself',
    text: 'Table 3 says “10 times 2 Gb/s FC” where the text and Tables 1–2 say 6–7 times; it says “30–40% less power” where Table 1’s 2300 W → 1700 W is 26% less. The model follows the text and Tables 1–2.',
  },
  {
    title: 'Calibrated prices and watts',
    text: 'List prices and wattages of 2007 NICs, HBAs, HCAs and gateways are not published. They are chosen within the era’s plausible range so that the 128-server templates reproduce Table 1 ($870,000 vs $352,000–360,000; 2300 W vs 1700 W) and are marked “calibrated to the whitepaper’s Table 1”. Replace them with your own price list.',
  },
  {
    title: 'I/O power and cost, as the whitepaper counts them',
    text: 'I/O cost is adapters, switches (whole switches by default), gateways and cables; servers and storage are left out unless you include them. I/O power is server adapters plus gateways; switch power is reported separately and in the total.',
  },
  {
    title: 'Density',
    text: 'VMs per server is what fits once each VM’s application CPU and its I/O CPU (throughput × GHz per Gb/s for the mode and transport) are paid from the CPU the hypervisor leaves, and its memory from the server’s. It uses the workload’s demand, not the delivered rate.',
  },
  {
    title: 'Latency',
    text: 'One-way small-message latency: host path by mode, transport stack, adapter, each switch hop (store-and-forward switches add a full frame’s serialization), gateways, wire (5 ns/m) and the storage service time, plus the array’s target stack for NVMe/TCP, NVMe/RDMA and iSCSI. Loaded latency scales each hop by 1/(1−ρ) of the resource it queues on.',
  },
  {
    title: 'Groups and failures',
    text: 'A node can stand for N identical parts. Links between groups pair members in blocks (server i of 128 to switch ⌊i·12/128⌋ of 12) or, when marked mesh, every member with every member. The n−1 analysis fails one member at a time; members of a group are alike, so one stands for all.',
  },
];
