#!/usr/bin/env python3
"""Trims the AWS facts Plinth checks a platform against from three packages, and writes them
as two JSON-lines files (the format is in compiler-core/aws-facts/README.md):

  regions.jsonl         every region with its partition and its availability zone names
  instance-types.jsonl  every EC2 instance type with its vCPUs, memory, architectures and
                        the regions that offer it

Sources:
  - the region list (REGIONS_JSON, written by regions.mjs from the npm package
    @aws-cdk/region-info);
  - the Python package moto (installed): EC2 DescribeInstanceTypes records, and the instance
    type offerings per region and per zone;
  - the Python package cfn-lint (installed): availability zones per region, and the instance
    type names of its AWS::EC2::Instance InstanceType enum.

The installed versions of moto and cfn-lint must be the ones given: the output names them.

Usage: python3 trim-aws-facts.py REGIONS_JSON REGION_INFO_VERSION MOTO_VERSION CFN_LINT_VERSION OUT_DIR
"""
import gzip
import json
import os
import sys
from importlib import metadata


def fail(message):
    print(f"trim-aws-facts: {message}", file=sys.stderr)
    sys.exit(1)


def installed(package, wanted):
    try:
        version = metadata.version(package)
    except metadata.PackageNotFoundError:
        fail(f"the Python package {package} is not installed (wanted {wanted})")
    if version != wanted:
        fail(f"the installed {package} is {version}, not {wanted}: install {package}=={wanted}, "
             f"or give {version} to update-aws-facts.sh and review the diff")
    return version


def dumps(value):
    return json.dumps(value, separators=(",", ":"), sort_keys=False)


def gz_json(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def zone_sort_key(zone):
    return (len(zone), zone)


def main(argv):
    if len(argv) != 5:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        sys.exit(2)
    regions_json, region_info_version, moto_version, cfn_lint_version, out_dir = argv
    installed("moto", moto_version)
    installed("cfn-lint", cfn_lint_version)

    import cfnlint
    import moto
    from cfnlint.helpers import AVAILABILITY_ZONES as CFN_LINT_ZONES
    from moto.ec2.models.availability_zones_and_regions import RegionsAndZonesBackend

    with open(regions_json, encoding="utf-8") as f:
        partitions = json.load(f)
    if not partitions:
        fail(f"{regions_json} lists no regions")

    moto_ec2 = os.path.join(os.path.dirname(moto.__file__), "ec2", "resources")
    offerings_dir = os.path.join(moto_ec2, "instance_type_offerings")

    # Zones: the union of what the sources name. Zone letters map to physical zones per account,
    # and each source saw one account's mapping, so a letter any source names is a zone
    # some account has.
    zones = {region: set() for region in partitions}
    def add_zones(source, region, names):
        if region not in zones:
            print(f"trim-aws-facts: {source} names zones of {region}, which @aws-cdk/region-info does not list; left out",
                  file=sys.stderr)
            return
        for zone in names:
            letter = zone[len(region):]
            if not zone.startswith(region) or len(letter) != 1 or not letter.isalpha():
                fail(f"{source}: '{zone}' is not a zone name of {region}")
            zones[region].add(zone)
    for region, names in CFN_LINT_ZONES.items():
        add_zones("cfn-lint", region, names)
    for region, entries in RegionsAndZonesBackend.zones.items():
        add_zones("moto", region, [z.name for z in entries if z.zone_type == "availability-zone"])
    zone_offerings = os.path.join(offerings_dir, "availability-zone")
    for file in sorted(os.listdir(zone_offerings)):
        region = file.removesuffix(".json.gz")
        add_zones("moto offerings", region, {o["Location"] for o in gz_json(os.path.join(zone_offerings, file))})

    region_lines = []
    for region in sorted(partitions):
        record = {"r": region, "p": partitions[region]}
        if zones[region]:
            record["z"] = sorted(zones[region], key=zone_sort_key)
        region_lines.append(dumps(record))

    # Instance types: moto's DescribeInstanceTypes records give the sizes; its per-region
    # offerings give where each type can be launched; cfn-lint's enum adds names moto lacks
    # (newer or retired types), known to exist but with no facts.
    described = gz_json(os.path.join(moto_ec2, "instance_types.json.gz"))
    region_offerings = os.path.join(offerings_dir, "region")
    offering_regions = sorted(f.removesuffix(".json.gz") for f in os.listdir(region_offerings))
    offered = {}
    for region in offering_regions:
        if region not in partitions:
            fail(f"moto has offerings for {region}, which @aws-cdk/region-info does not list")
        for o in gz_json(os.path.join(region_offerings, region + ".json.gz")):
            if o["Location"] != region:
                fail(f"moto's offerings of {region} name {o['Location']}")
            offered.setdefault(o["InstanceType"], set()).add(region)
    unknown = sorted(set(offered) - set(described))
    if unknown:
        fail(f"moto offers types it does not describe: {', '.join(unknown[:10])}")

    cfn_lint_data = os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas", "extensions", "aws_ec2_instance",
                                 "instancetype_enum.json")
    with open(cfn_lint_data, encoding="utf-8") as f:
        enums = json.load(f)
    named = set()
    for key, value in enums.items():
        if isinstance(value, dict):
            named.update(value.get("enum", []))
    if not named:
        fail(f"{cfn_lint_data} names no instance types")

    type_lines = []
    described_count = 0
    for name in sorted(set(described) | named, key=type_sort_key):
        record = {"t": name}
        info = described.get(name)
        if info is not None:
            if info.get("InstanceType") != name:
                fail(f"moto describes {name} as {info.get('InstanceType')}")
            record["c"] = int(info["VCpuInfo"]["DefaultVCpus"])
            record["m"] = int(info["MemoryInfo"]["SizeInMiB"])
            record["a"] = sorted(info["ProcessorInfo"]["SupportedArchitectures"])
            record["o"] = "".join("+" if region in offered.get(name, ()) else "-" for region in offering_regions)
            described_count += 1
        type_lines.append(dumps(record))

    sources = {
        "@aws-cdk/region-info": region_info_version,
        "moto": moto_version,
        "cfn-lint": cfn_lint_version,
    }
    regions_header = {"format": "plinth-aws-regions/1", "sources": sources, "regions": len(region_lines),
                      "zones": sum(len(z) for z in zones.values())}
    types_header = {"format": "plinth-aws-instance-types/1", "sources": sources, "types": len(type_lines),
                    "described": described_count, "offeringRegions": offering_regions}
    write(os.path.join(out_dir, "regions.jsonl"), regions_header, region_lines)
    write(os.path.join(out_dir, "instance-types.jsonl"), types_header, type_lines)


def type_sort_key(name):
    """Family, then size in a fixed order that reads well: t3.nano before t3.micro before t3.2xlarge."""
    family, _, size = name.partition(".")
    return (family, size_rank(size), size)


SIZES = ["nano", "micro", "small", "medium", "large", "xlarge"]


def size_rank(size):
    if size in SIZES:
        return SIZES.index(size)
    if size.endswith("xlarge") and size[:-6].isdigit():
        return len(SIZES) + int(size[:-6])
    return 10_000


def write(path, header, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(header) + "\n")
        for line in lines:
            f.write(line + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
