#!/bin/bash
# User data for master [=index] of Mesos cluster [=clusterName], rendered by Plinth from mesos-master.sh.ftl.
set -euo pipefail

# Report a failure to CloudFormation at once instead of leaving the creation policy to time out.
trap '/opt/aws/bin/cfn-signal -e $? --stack [=stackName] --resource [=resourceLogicalId] --region [=region]' ERR

node_ip=[=nodeIp]
[#include "mesos-node.sh.ftl"]

# ZooKeeper server [=index] of [=masterIps?size]; Mesos and Marathon elect their leaders through it.
mkdir -p /var/lib/zookeeper/data /var/lib/zookeeper/datalog
docker run -d --name zookeeper --restart=always --net=host \
  -e ZOO_MY_ID=[=index] \
  -e ZOO_SERVERS=[=shellQuote(zookeeperServers)] \
  -e ZOO_STANDALONE_ENABLED=false \
  -v /var/lib/zookeeper/data:/data -v /var/lib/zookeeper/datalog:/datalog \
  [=images.zookeeper]

mkdir -p /var/lib/mesos /var/log/mesos
docker run -d --name mesos-master --restart=always --net=host \
  -e MESOS_ZK=zk://[=zookeeperHosts]/mesos \
  -e MESOS_QUORUM=[=quorum] \
  -e MESOS_CLUSTER=[=clusterName] \
  -e MESOS_IP="${node_ip}" \
  -e MESOS_HOSTNAME="${node_ip}" \
  -e MESOS_PORT=5050 \
  -e MESOS_WORK_DIR=/var/lib/mesos \
  -e MESOS_LOG_DIR=/var/log/mesos \
  -v /var/lib/mesos:/var/lib/mesos -v /var/log/mesos:/var/log/mesos \
  [=images.mesosMaster]

docker run -d --name marathon --restart=always --net=host \
  -e LIBPROCESS_IP="${node_ip}" \
  -e LIBPROCESS_PORT=[=marathonLibprocessPort] \
  [=images.marathon] \
  --master zk://[=zookeeperHosts]/mesos \
  --zk zk://[=zookeeperHosts]/marathon \
  --hostname "${node_ip}" \
  --http_port 8080

/opt/aws/bin/cfn-signal -e 0 --stack [=shellQuote(stackName)] --resource [=shellQuote(resourceLogicalId)] --region [=shellQuote(region)]
