#!/usr/bin/env bash
# Builds Stockroom and deploys it to the AWS account and region of the current AWS CLI
# credentials (AWS_PROFILE / AWS_REGION). See README.md beside this file.
#
#   infra/aws/deploy.sh                 build + test, image to ECR, both stacks
#   infra/aws/deploy.sh --skip-tests    the same without running the test suite
#   infra/aws/deploy.sh --tag <tag>     deploy an image already in ECR (rollback); no build
#
# Settings, from the environment:
#   STOCKROOM_MAIL_FROM          sender of all mail, e.g. 'Stockroom <shop@example.com>' (required)
#   STOCKROOM_DOMAIN             public host name, e.g. shop.example.com (optional; else the ALB's name over HTTP)
#   STOCKROOM_HOSTED_ZONE_ID     Route 53 public hosted zone of that name (with STOCKROOM_DOMAIN)
#   STOCKROOM_HOSTED_ZONE_NAME   that zone's name, e.g. example.com (with STOCKROOM_DOMAIN)
#   STOCKROOM_ALARM_EMAIL        address that receives alarms (optional)
#   STOCKROOM_MIN_TASKS, STOCKROOM_MAX_TASKS, STOCKROOM_DB_INSTANCE_TYPE, STOCKROOM_NAT_GATEWAYS
set -euo pipefail

CDK_CLI_VERSION=2.1148.1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$here/target/deploy

log() { echo "deploy: $*" >&2; }
die() { log "$*"; exit 1; }

tag=""
build=true
tests=true
while [ $# -gt 0 ]; do
  case "$1" in
    --tag) tag=${2:?--tag needs an image tag}; build=false; shift 2 ;;
    --skip-tests) tests=false; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

for tool in aws node npx git; do
  command -v "$tool" >/dev/null || die "$tool is required (see README.md: what you need)"
done
$build && { command -v docker >/dev/null || die "docker is required to build the image"; }
[ -n "${STOCKROOM_MAIL_FROM:-}" ] || die "set STOCKROOM_MAIL_FROM, e.g. 'Stockroom <shop@example.com>'"

account=$(aws sts get-caller-identity --query Account --output text) \
  || die "no AWS credentials: configure a profile (aws configure) or export AWS_PROFILE"
region=${AWS_REGION:-${AWS_DEFAULT_REGION:-$(aws configure get region || true)}}
[ -n "$region" ] || die "no AWS region: export AWS_REGION or set one in the profile"
export AWS_REGION=$region AWS_DEFAULT_REGION=$region
mkdir -p "$work"
chmod 700 "$work"
log "account $account, region $region"

if [ -z "$tag" ]; then
  tag=$(git -C "$root" rev-parse --short=12 HEAD)
  # Tags are immutable in ECR: a build of uncommitted changes gets a tag of its own.
  git -C "$root" diff --quiet HEAD || tag="$tag-dirty-$(date -u +%Y%m%d%H%M%S)"
fi

context=(-c "imageTag=$tag" -c "mailFrom=$STOCKROOM_MAIL_FROM")
add_context() { [ -z "${2:-}" ] || context+=(-c "$1=$2"); }
add_context domainName "${STOCKROOM_DOMAIN:-}"
add_context hostedZoneId "${STOCKROOM_HOSTED_ZONE_ID:-}"
add_context hostedZoneName "${STOCKROOM_HOSTED_ZONE_NAME:-}"
add_context alarmEmail "${STOCKROOM_ALARM_EMAIL:-}"
add_context minTasks "${STOCKROOM_MIN_TASKS:-}"
add_context maxTasks "${STOCKROOM_MAX_TASKS:-}"
add_context databaseInstanceType "${STOCKROOM_DB_INSTANCE_TYPE:-}"
add_context natGateways "${STOCKROOM_NAT_GATEWAYS:-}"

export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export JSII_RUNTIME_PACKAGE_CACHE_ROOT=$here/target/jsii-cache
cdk() { (cd "$here" && npx --yes "aws-cdk@$CDK_CLI_VERSION" "$@"); }

# Reads one field of a JSON document on stdin; prints nothing when it is missing or empty.
json_field() {
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s)[process.argv[1]];if(v)process.stdout.write(String(v));});' "$1"
}
stack_output() { json_field "$2" <"$work/$1-outputs.json"; }
secret_field() {
  aws secretsmanager get-secret-value --secret-id "$1" --query SecretString --output text | json_field "$2"
}
# Writes a secret from a JSON file (never through the command line, where `ps` would show it).
put_secret() {
  aws secretsmanager put-secret-value --secret-id "$1" --secret-string "file://$2" >/dev/null
}

# ---- 1. Build and test ----------------------------------------------------------------------
if $build; then
  if $tests; then
    log "building and testing (./mvnw -B verify)"
    (cd "$root" && ./mvnw -B -q verify)
  else
    log "building without tests"
    (cd "$root" && ./mvnw -B -q package -DskipTests)
  fi
fi

# ---- 2. Foundation: network, databases, repository, secrets, mail ---------------------------
aws cloudformation describe-stacks --stack-name CDKToolkit >/dev/null 2>&1 || {
  log "bootstrapping CDK in aws://$account/$region"
  cdk bootstrap "aws://$account/$region" "${context[@]}"
}
log "deploying StockroomFoundation (the first time: ~25 minutes, mostly RDS)"
cdk deploy StockroomFoundation --require-approval never "${context[@]}" \
  --outputs-file "$work/outputs.json"
node -e 'const o=require(process.argv[1]);process.stdout.write(JSON.stringify(o.StockroomFoundation||{}))' \
  "$work/outputs.json" >"$work/foundation-outputs.json"
repository=$(stack_output foundation RepositoryUri)
jwt_secret=$(stack_output foundation JwtKeysSecretArn)
smtp_secret=$(stack_output foundation SmtpSecretArn)
smtp_user=$(stack_output foundation SmtpUserName)
[ -n "$repository" ] && [ -n "$jwt_secret" ] && [ -n "$smtp_secret" ] && [ -n "$smtp_user" ] \
  || die "StockroomFoundation did not report its outputs (see $work/outputs.json)"

secrets_dir=$(mktemp -d)
trap 'rm -rf "$secrets_dir"' EXIT
chmod 700 "$secrets_dir"

# ---- 3. Token keys: made once, here, by the same script as everywhere else -----------------
if [ -z "$(secret_field "$jwt_secret" signingKey)" ]; then
  log "making the token signing key and JWKS (first deployment)"
  "$root/server/src/main/scripts/jwt-keys.sh" "$secrets_dir/jwt" >/dev/null
  node -e 'const fs=require("fs");const d=process.argv[1];
    fs.writeFileSync(d+"/secret.json",JSON.stringify({signingKey:fs.readFileSync(d+"/signing-key.pem","utf8"),
      jwks:fs.readFileSync(d+"/jwks.json","utf8")}),{mode:0o600});' "$secrets_dir/jwt"
  put_secret "$jwt_secret" "$secrets_dir/jwt/secret.json"
fi

# ---- 4. SES SMTP credentials: an access key of the stack's SMTP user, converted --------------
if [ -z "$(secret_field "$smtp_secret" username)" ]; then
  log "making SES SMTP credentials for IAM user $smtp_user (first deployment)"
  aws iam create-access-key --user-name "$smtp_user" --output json >"$secrets_dir/access-key.json"
  # The SES SMTP password is derived from the secret access key (AWS's documented algorithm).
  node -e 'const fs=require("fs"),c=require("crypto");const d=process.argv[1],region=process.argv[2];
    const k=JSON.parse(fs.readFileSync(d+"/access-key.json","utf8")).AccessKey;
    const sign=(key,msg)=>c.createHmac("sha256",key).update(msg,"utf8").digest();
    let sig=sign(Buffer.from("AWS4"+k.SecretAccessKey,"utf8"),"11111111");
    for (const m of [region,"ses","aws4_request","SendRawEmail"]) sig=sign(sig,m);
    const password=Buffer.concat([Buffer.from([4]),sig]).toString("base64");
    fs.writeFileSync(d+"/smtp.json",JSON.stringify({username:k.AccessKeyId,password}),{mode:0o600});' \
    "$secrets_dir" "$region"
  put_secret "$smtp_secret" "$secrets_dir/smtp.json"
fi

# ---- 5. The image -------------------------------------------------------------------------------
if aws ecr describe-images --repository-name "${repository#*/}" --image-ids "imageTag=$tag" >/dev/null 2>&1; then
  log "image $repository:$tag is already in ECR"
elif $build; then
  log "building and pushing $repository:$tag"
  aws ecr get-login-password | docker login --username AWS --password-stdin "${repository%%/*}"
  (cd "$root" && docker build --platform linux/amd64 -f docker/Dockerfile -t "$repository:$tag" .)
  docker push "$repository:$tag"
else
  die "image tag $tag is not in $repository (aws ecr list-images --repository-name ${repository#*/})"
fi

# ---- 6. The service -------------------------------------------------------------------------
log "deploying StockroomService with image $tag (CloudFormation waits until the tasks are ready)"
cdk deploy StockroomService --exclusively --require-approval never "${context[@]}" \
  --outputs-file "$work/outputs.json"
url=$(node -e 'const o=require(process.argv[1]);process.stdout.write((o.StockroomService||{}).Url||"")' "$work/outputs.json")
log "deployed $tag: $url  (OpenAPI: $url/openapi)"
