#!/bin/bash
# Exercises the renderer: [=greeting]   
echo "${HOME} ${AWS::Region} $((1 + 2))"
echo [=shellQuote(greeting)]
[#if farewell??]
echo [=shellQuote(farewell)]
[/#if]
echo [=count]



