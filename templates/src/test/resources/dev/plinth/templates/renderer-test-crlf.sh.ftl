#!/bin/bash
echo [=shellQuote(greeting)]
