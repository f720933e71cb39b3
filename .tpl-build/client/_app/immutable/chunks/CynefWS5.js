const n=({status:t,message:e})=>`<!doctype html>
<html lang="fr">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>`+t+` · Relance</title>
		<style>
			body { font-family: system-ui, sans-serif; max-width: 480px; margin: 3rem auto; padding: 1rem; text-align: center; color: #111827; }
			a { display: inline-block; padding: 0.6rem 1rem; border-radius: 8px; background: #1d4ed8; color: #fff; text-decoration: none; font-weight: 600; }
		</style>
	</head>
	<body>
		<h1>`+t+`</h1>
		<p>`+e+`</p>
		<p><a href="/">Relance</a></p>
	</body>
</html>
`;export{n as default};
