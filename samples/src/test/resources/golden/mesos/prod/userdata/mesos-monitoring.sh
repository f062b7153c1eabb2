#!/bin/bash
# User data for the monitoring node of Mesos cluster mesos, rendered by Plinth from mesos-monitoring.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack mesos-prod-mesos --resource MesosMonitoring --region eu-west-2' ERR

imds_token=$(curl -sSf -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')
node_ip=$(curl -sSf -H "X-aws-ec2-metadata-token: ${imds_token}" http://169.254.169.254/latest/meta-data/local-ipv4)
# Docker from the Amazon Linux repository; Consul from HashiCorp's; every other daemon is a
# container pinned to a tag. Containers log to the cluster's log group.
dnf install -y docker dnf-plugins-core aws-cfn-bootstrap
dnf config-manager --add-repo https://rpm.releases.hashicorp.com/AmazonLinux/hashicorp.repo
dnf install -y consul-1.18.2

mkdir -p /etc/docker
cat > /etc/docker/daemon.json <<'DOCKER'
{
  "log-driver": "awslogs",
  "log-opts": {
    "awslogs-region": "eu-west-2",
    "awslogs-group": "/plinth/mesos/prod/mesos",
    "tag": "{{.Name}}/{{.ID}}"
  }
}
DOCKER
systemctl enable --now docker

# Consul listens for clients on the loopback only: registrator, consul-template and Prometheus
# run on the node they query, so ports 8500 and 8600 stay closed to the network.
cat > /etc/consul.d/consul.hcl <<CONSUL
datacenter = "mesos"
data_dir = "/opt/consul"
bind_addr = "${node_ip}"
advertise_addr = "${node_ip}"
client_addr = "127.0.0.1"
retry_join = ["10.70.16.10", "10.70.32.10", "10.70.48.10"]
leave_on_terminate = true
CONSUL
cat > /etc/consul.d/node-exporter.json <<'SERVICE'
{"service": {"name": "node-exporter", "port": 9100, "tags": ["monitoring"]}}
SERVICE
chown -R consul:consul /etc/consul.d
systemctl enable --now consul

docker run -d --name node-exporter --restart=always --net=host --pid=host \
  -v /:/host:ro,rslave prom/node-exporter:v1.8.1 --path.rootfs=/host

# Prometheus finds every node's exporter in the Consul catalog; the role tag becomes a label.
mkdir -p /etc/prometheus /var/lib/prometheus /etc/alertmanager /var/lib/alertmanager
cat > /etc/prometheus/prometheus.yml <<'PROMETHEUS'
global:
  scrape_interval: 30s
  evaluation_interval: 30s
  external_labels:
    cluster: mesos

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
  prom/prometheus:v2.53.0 \
  --config.file=/etc/prometheus/prometheus.yml \
  --storage.tsdb.path=/prometheus \
  --storage.tsdb.retention.time=15d

docker run -d --name alertmanager --restart=always --net=host \
  -v /etc/alertmanager:/etc/alertmanager:ro -v /var/lib/alertmanager:/alertmanager \
  prom/alertmanager:v0.27.0 \
  --config.file=/etc/alertmanager/alertmanager.yml \
  --storage.path=/alertmanager \
  --cluster.listen-address=

/opt/aws/bin/cfn-signal -e 0 --stack 'mesos-prod-mesos' --resource 'MesosMonitoring' --region 'eu-west-2'
