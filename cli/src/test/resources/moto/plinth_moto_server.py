"""Moto's server for Plinth's end-to-end test, its CloudFormation emulator patched in this
process only where it is less faithful than CloudFormation. Nothing here bends Plinth to the
emulator: each patch restores a behaviour of the real service.

1. Executing a change set updates the stack as CloudFormation does. Moto's ChangeSet.apply
   only updates the resources: a stack created or updated through a change set keeps the
   empty template and output map of its REVIEW_IN_PROGRESS shell (so it has no Outputs and
   no Exports), its old parameters and its old tags, and its LastUpdatedTime stays unset.
   After apply: the stack's template, outputs and exports are rebuilt from the change set's
   template, its parameters and tags become the change set's, and an update sets
   LastUpdatedTime.
2. UsePreviousValue keeps the previous parameter value as it was given (for an SSM-typed
   parameter, the parameter's name). Moto substitutes the resolved value (the AMI id), which
   it then fails to look up in SSM. The previous value given, or else the template's default,
   is passed instead.
3. A change set without changes is created with status FAILED and the reason "The submitted
   information didn't contain changes. ...". Moto's CreateChangeSet raises the UpdateStack
   error "No updates are to be performed." when template and parameters are unchanged.
4. CreateChangeSet of type UPDATE takes the stack's ARN as StackName, as every stack call
   does. Moto looks an UPDATE's stack up by name only, and answers an ARN with "Stack with id
   ... does not exist".
5. A change set is found by name within its stack (or by ARN), and one that does not exist
   is the error ChangeSetNotFound ("ChangeSet [name] does not exist"). Moto searches every
   stack by name and answers a missing one with ValidationError "Stack with id ... does not
   exist", which reads as "the stack is absent".
6. UpdateTerminationProtection turns the stack's termination protection on or off, as
   DescribeStacks then shows. Moto does not implement the action (an HTTP 500).
7. Every resource has an id and attributes. Moto creates nothing for resource types it does
   not model (an ECS capacity provider, an RDS cluster, say): a Ref to one yields nothing, so an
   output that refers to one is left out of DescribeStacks, and a GetAtt of one fails the
   whole stack ("references undefined resource"). CloudFormation would give the resource's id
   and attribute values. Such a reference gets a stand-in value made from its names.

8. DescribeStacks shows an SSM-typed parameter (AWS::SSM::Parameter::Value<...>) as it was
   given: ParameterValue is the SSM parameter's name, ResolvedValue the value it resolved to.
   Moto shows the resolved value (the AMI id) as ParameterValue, so a stack whose parameters
   are exactly as deployed looks changed.

Usage: python3 plinth_moto_server.py HOST PORT
"""

import sys

from moto.cloudformation import models
from moto.cloudformation import parsing
from moto.cloudformation import responses
from moto.cloudformation.exceptions import CloudFormationError
from moto.core.utils import utcnow


class ChangeSetNotFound(CloudFormationError):
    code = "ChangeSetNotFound"

    def __init__(self, name):
        super().__init__(f"ChangeSet [{name}] does not exist")


def _backend_of(stack):
    return models.cloudformation_backends[stack.account_id][stack.region_name]


_original_apply = models.ChangeSet.apply


def _apply_like_cloudformation(self):
    _original_apply(self)
    stack = self.stack
    backend = _backend_of(stack)
    for export in stack.exports:
        backend.exports.pop(export.name, None)
    stack.template = self.template
    stack._parse_template()
    stack.description = stack.template_dict.get("Description")
    stack.parameters = dict(self.parameters)
    if self.tags:
        stack.tags = dict(self.tags)
    stack.output_map = stack._create_output_map()
    for export in stack.exports:
        backend.exports[export.name] = export
    if self.change_set_type == "UPDATE":
        stack.last_updated_time = utcnow()


models.ChangeSet.apply = _apply_like_cloudformation


def _previous_value(stack, key):
    if key in stack.parameters:
        return stack.parameters[key]
    return stack.template_dict.get("Parameters", {}).get(key, {}).get("Default")


_original_create_change_set = responses.CloudFormationResponse.create_change_set


def _create_change_set_like_cloudformation(self):
    if self._get_param("ChangeSetType", "CREATE") == "UPDATE":
        stack = self.cloudformation_backend.get_stack(self._get_param("StackName"))
        self.params["StackName"] = stack.name
        for parameter in self._get_param("Parameters", []) or []:
            if parameter.get("UsePreviousValue", False):
                parameter.pop("UsePreviousValue")
                parameter["ParameterValue"] = _previous_value(stack, parameter["ParameterKey"])
    return _original_create_change_set(self)


responses.CloudFormationResponse.create_change_set = _create_change_set_like_cloudformation


_original_validate_different_update = responses.CloudFormationResponse._validate_different_update


def _validate_different_update(self, incoming_params, stack_body, old_stack):
    if self._get_action() == "CreateChangeSet":
        return
    _original_validate_different_update(self, incoming_params, stack_body, old_stack)


responses.CloudFormationResponse._validate_different_update = _validate_different_update


def _find_change_set(backend, name, stack_name):
    if name in backend.change_sets:
        return backend.change_sets[name]
    for change_set in backend.change_sets.values():
        if change_set.change_set_name == name and stack_name in (change_set.stack_name, change_set.stack_id):
            return change_set
    raise ChangeSetNotFound(name)


def _describe_change_set(self):
    change_set = _find_change_set(self.cloudformation_backend, self._get_param("ChangeSetName"), self._get_param("StackName"))
    return responses.ActionResult(change_set)


def _delete_change_set(self):
    change_set = _find_change_set(self.cloudformation_backend, self._get_param("ChangeSetName"), self._get_param("StackName"))
    del self.cloudformation_backend.change_sets[change_set.change_set_id]
    return responses.EmptyResult()


def _execute_change_set(self):
    change_set = _find_change_set(self.cloudformation_backend, self._get_param("ChangeSetName"), self._get_param("StackName"))
    self.cloudformation_backend.execute_change_set(change_set_name=change_set.change_set_id, stack_name=change_set.stack_id)
    return responses.EmptyResult()


responses.CloudFormationResponse.describe_change_set = _describe_change_set
responses.CloudFormationResponse.delete_change_set = _delete_change_set
responses.CloudFormationResponse.execute_change_set = _execute_change_set


def _update_termination_protection(self):
    stack = self.cloudformation_backend.describe_stacks(self._get_param("StackName"))[0]
    stack.enable_termination_protection = str(self._get_param("EnableTerminationProtection")).lower() == "true"
    return responses.ActionResult({"StackId": stack.stack_id})


responses.CloudFormationResponse.update_termination_protection = _update_termination_protection


def _parameter_list_as_given(self):
    slots = self.template_dict.get("Parameters", {}) or {}
    listed = []
    for key, resolved in self.resource_map.resolved_parameters.items():
        entry = {"ParameterKey": key, "ParameterValue": resolved}
        if str(slots.get(key, {}).get("Type", "")).startswith("AWS::SSM::Parameter::Value"):
            entry["ParameterValue"] = self.parameters.get(key, slots[key].get("Default"))
            entry["ResolvedValue"] = resolved
        if key in self.resource_map.no_echo_parameter_keys:
            entry["ParameterValue"] = "****"
        listed.append(entry)
    return listed


models.Stack.parameter_list = property(_parameter_list_as_given)


_original_parse_output = parsing.parse_output


def _parse_output_with_a_value(output_logical_id, output_json, resources_map):
    output = _original_parse_output(output_logical_id, output_json, resources_map)
    condition = output_json.get("Condition")
    if output is None and "Value" in output_json and (condition is None or resources_map.lazy_condition_map.get(condition)):
        return parsing.Output(key=output_logical_id, value="moto-" + output_logical_id.lower(),
                              description=output_json.get("Description"))
    if output is not None and (output.value is None or isinstance(output.value, (dict, list))):
        output.value = "moto-" + output_logical_id.lower()
    return output


parsing.parse_output = _parse_output_with_a_value

_original_clean_json = parsing.clean_json


def _clean_json_with_stand_ins(resource_json, resources_map):
    if isinstance(resource_json, dict) and "Fn::GetAtt" in resource_json:
        name, attribute = resource_json["Fn::GetAtt"][0], resource_json["Fn::GetAtt"][1]
        if name in (resources_map._resource_json_map or {}) and resources_map.get(name) is None:
            return "moto-" + name.lower() + "-" + str(attribute).lower().replace(".", "-")
    return _original_clean_json(resource_json, resources_map)


parsing.clean_json = _clean_json_with_stand_ins


if __name__ == "__main__":
    from moto.server import main

    host, port = sys.argv[1], sys.argv[2]
    main(["-H", host, "-p", port])
