#!/bin/bash
# User data for master 2 of Mesos cluster mesos, rendered by Plinth from mesos-master.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack mesos-dev-mesos --resource MesosMaster2 --region eu-west-2' ERR

node_ip=10.70.32.10
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
    "awslogs-group": "/plinth/mesos/dev/mesos",
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
server = true
bootstrap_expect = 3
CONSUL
cat > /etc/consul.d/node-exporter.json <<'SERVICE'
{"service": {"name": "node-exporter", "port": 9100, "tags": ["master"]}}
SERVICE
chown -R consul:consul /etc/consul.d
systemctl enable --now consul

docker run -d --name node-exporter --restart=always --net=host --pid=host \
  -v /:/host:ro,rslave prom/node-exporter:v1.8.1 --path.rootfs=/host

# ZooKeeper server 2 of 3; Mesos and Marathon elect their leaders through it.
mkdir -p /var/lib/zookeeper/data /var/lib/zookeeper/datalog
docker run -d --name zookeeper --restart=always --net=host \
  -e ZOO_MY_ID=2 \
  -e ZOO_SERVERS='server.1=10.70.16.10:2888:3888;2181 server.2=10.70.32.10:2888:3888;2181 server.3=10.70.48.10:2888:3888;2181' \
  -e ZOO_STANDALONE_ENABLED=false \
  -v /var/lib/zookeeper/data:/data -v /var/lib/zookeeper/datalog:/datalog \
  zookeeper:3.8.4

mkdir -p /var/lib/mesos /var/log/mesos
docker run -d --name mesos-master --restart=always --net=host \
  -e MESOS_ZK=zk://10.70.16.10:2181,10.70.32.10:2181,10.70.48.10:2181/mesos \
  -e MESOS_QUORUM=2 \
  -e MESOS_CLUSTER=mesos \
  -e MESOS_IP="${node_ip}" \
  -e MESOS_HOSTNAME="${node_ip}" \
  -e MESOS_PORT=5050 \
  -e MESOS_WORK_DIR=/var/lib/mesos \
  -e MESOS_LOG_DIR=/var/log/mesos \
  -v /var/lib/mesos:/var/lib/mesos -v /var/log/mesos:/var/log/mesos \
  mesosphere/mesos-master:1.11.0

docker run -d --name marathon --restart=always --net=host \
  -e LIBPROCESS_IP="${node_ip}" \
  -e LIBPROCESS_PORT=8090 \
  mesosphere/marathon:v1.11.24 \
  --master zk://10.70.16.10:2181,10.70.32.10:2181,10.70.48.10:2181/mesos \
  --zk zk://10.70.16.10:2181,10.70.32.10:2181,10.70.48.10:2181/marathon \
  --hostname "${node_ip}" \
  --http_port 8080

/opt/aws/bin/cfn-signal -e 0 --stack 'mesos-dev-mesos' --resource 'MesosMaster2' --region 'eu-west-2'
