#!/bin/bash
# User data for the monitoring node of Mesos cluster [=clusterName], rendered by Plinth from mesos-monitoring.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack [=stackName] --resource [=resourceLogicalId] --region [=region]' ERR

imds_token=$(curl -sSf -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')
node_ip=$(curl -sSf -H "X-aws-ec2-metadata-token: ${imds_token}" http://169.254.169.254/latest/meta-data/local-ipv4)
[#include "mesos-node.sh.ftl"]

# Prometheus finds every node's exporter in the Consul catalog; the role tag becomes a label.
mkdir -p /etc/prometheus /var/lib/prometheus /etc/alertmanager /var/lib/alertmanager
cat > /etc/prometheus/prometheus.yml <<'PROMETHEUS'
global:
  scrape_interval: 30s
  evaluation_interval: 30s
  external_labels:
    cluster: [=clusterName]

alerting:
  alertmanagers:
    - static_configs:
        - targets: ["127.0.0.1:9093"]

rule_files:
  - /etc/prometheus/alerts.yml

scrape_configs:
  - job_name: node
    consul_sd_configs:
      - server: 127.0.0.1:8500
        services: ["node-exporter"]
    relabel_configs:
      - source_labels: ["__meta_consul_node"]
        target_label: instance
      - source_labels: ["__meta_consul_tags"]
        regex: ".*,(master|agent|monitoring),.*"
        target_label: role
  - job_name: prometheus
    static_configs:
      - targets: ["127.0.0.1:9090"]
PROMETHEUS
cat > /etc/prometheus/alerts.yml <<'ALERTS'
groups:
  - name: nodes
    rules:
      - alert: InstanceDown
        expr: up == 0
        for: 5m
        labels:
          severity: page
        annotations:
          summary: "{{ $labels.instance }} ({{ $labels.role }}) has not answered a scrape for 5 minutes"
      - alert: RootDiskAlmostFull
        expr: node_filesystem_avail_bytes{mountpoint="/"} / node_filesystem_size_bytes{mountpoint="/"} < 0.1
        for: 15m
        labels:
          severity: ticket
        annotations:
          summary: "{{ $labels.instance }} has less than 10% of its root disk free"
ALERTS
cat > /etc/alertmanager/alertmanager.yml <<'ALERTMANAGER'
route:
  receiver: default
  group_by: ["alertname", "role"]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h

receivers:
  - name: default
ALERTMANAGER
chown -R 65534:65534 /var/lib/prometheus /var/lib/alertmanager

docker run -d --name prometheus --restart=always --net=host \
  -v /etc/prometheus:/etc/prometheus:ro -v /var/lib/prometheus:/prometheus \
  [=images.prometheus] \
  --config.file=/etc/prometheus/prometheus.yml \
  --storage.tsdb.path=/prometheus \
  --storage.tsdb.retention.time=[=retentionDays]d

docker run -d --name alertmanager --restart=always --net=host \
  -v /etc/alertmanager:/etc/alertmanager:ro -v /var/lib/alertmanager:/alertmanager \
  [=images.alertmanager] \
  --config.file=/etc/alertmanager/alertmanager.yml \
  --storage.path=/alertmanager \
  --cluster.listen-address=

/opt/aws/bin/cfn-signal -e 0 --stack [=shellQuote(stackName)] --resource [=shellQuote(resourceLogicalId)] --region [=shellQuote(region)]
